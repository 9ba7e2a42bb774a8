package cn.jiangxin.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleSplitterTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = ArticleSplitterTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void splitsTheSeedNoticeAsPublishedIntoThreeChaptersAndSevenArticles() throws IOException {
        SplitDocument doc = ArticleSplitter.split(resource("/seed/chaoyang-2025-notice.txt"));

        assertThat(doc.chapterCount()).isEqualTo(3);
        // labels are normalised to the simplified 条 so that a comment on 第四条 matches either script
        assertThat(doc.articles()).extracting(SplitDocument.Article::label)
                .containsExactly("第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条");
        assertThat(doc.articles()).extracting(SplitDocument.Article::title)
                .containsExactly("目的依據", "基本原則", "適用范圍", "服務支持措施", "服務支持期限", "動態調整", "解釋及實施");
        assertThat(doc.articles()).extracting(SplitDocument.Article::chapterTitle)
                .containsExactly("總則", "總則", "總則", "服務支持", "服務支持", "附則", "附則");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void splitsTheSimplifiedDraftShippedWithTheDemo() throws IOException {
        SplitDocument doc = ArticleSplitter.split(resource("/consultation/chaoyang-2025/draft.txt"));

        assertThat(doc.preamble()).isEqualTo("北京市朝阳区高技能领军人才服务支持办法(试行)(征求意见稿)");
        assertThat(doc.chapterCount()).isEqualTo(3);
        assertThat(doc.articles()).hasSize(7);
        SplitDocument.Article fourth = doc.articles().get(3);
        assertThat(fourth.chapterLabel()).isEqualTo("第二章");
        assertThat(fourth.label()).isEqualTo("第四条");
        assertThat(fourth.title()).isEqualTo("服务支持措施");
        assertThat(fourth.body()).startsWith("(一)对参加世界技能大赛且获得金牌的选手").contains("(八)可享受体检");
        assertThat(doc.articles().get(6).body()).isEqualTo("本办法由朝阳区人力资源和社会保障局负责解释,并自印发之日起执行。");
    }

    @Test
    void theExplanationHasNoArticlesAndStaysProse() throws IOException {
        SplitDocument doc = ArticleSplitter.split(resource("/consultation/chaoyang-2025/explanation.txt"));
        assertThat(doc.articles()).isEmpty();
        assertThat(doc.chapterCount()).isZero();
        assertThat(doc.preamble()).contains("第一章为总则,共3条");
    }

    @Test
    void articlesWithoutTitlesKeepTheirTextAsBody() {
        SplitDocument doc = ArticleSplitter.split("""
                第一条　为了规范技能人才评价，制定本办法。
                第二条 本办法适用于本区。
                第十二条 编号跳了。
                """);
        assertThat(doc.articles()).extracting(SplitDocument.Article::title).containsOnly("");
        assertThat(doc.articles().get(0).body()).isEqualTo("为了规范技能人才评价，制定本办法。");
        assertThat(doc.articles().get(0).chapterLabel()).isNull();
        assertThat(doc.warnings()).containsExactly("“第十二条”的编号不连续，上一条是第2条");
    }

    @ParameterizedTest
    @CsvSource({"一,1", "十,10", "十二,12", "二十,20", "二十三,23", "一百零五,105", "两百,200", "〇,0", "12,12", "甲,-1", "'',-1"})
    void readsChineseNumerals(String text, int value) {
        assertThat(ChineseNumeral.parse(text)).isEqualTo(value);
    }
}
