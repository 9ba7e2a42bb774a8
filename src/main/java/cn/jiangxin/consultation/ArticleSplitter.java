package cn.jiangxin.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits pasted draft text into chapters (第一章) and articles (第一条, also the traditional 條). A line counts as a
 * heading only when it starts with such a label and what follows is short and has no sentence punctuation, so prose
 * like “第一章为总则，共3条……” stays prose.
 */
final class ArticleSplitter {

    private static final String NUMBER = "([零〇一二两三四五六七八九十百千0-9]{1,8})";
    private static final Pattern CHAPTER = Pattern.compile("^第" + NUMBER + "章[\\s\\u3000]*(.*)$");
    private static final Pattern ARTICLE = Pattern.compile("^第" + NUMBER + "[条條][\\s\\u3000]*(.*)$");
    private static final Pattern SENTENCE = Pattern.compile("[，,。；;：:！!？?]");

    private ArticleSplitter() {
    }

    static SplitDocument split(String text) {
        List<SplitDocument.Article> articles = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        StringBuilder preamble = new StringBuilder();
        String chapterLabel = null;
        String chapterTitle = null;
        int lastChapter = 0;
        int lastArticle = 0;
        int chapters = 0;
        Draft current = null;
        for (String raw : (text == null ? "" : text).replace("\r\n", "\n").split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher chapter = CHAPTER.matcher(line);
            Matcher article = ARTICLE.matcher(line);
            if (chapter.matches() && heading(chapter.group(2), 30)) {
                int n = ChineseNumeral.parse(chapter.group(1));
                if (n != lastChapter + 1) {
                    warnings.add("“第" + chapter.group(1) + "章”的编号不连续，上一章是第" + lastChapter + "章");
                }
                lastChapter = n;
                chapters++;
                chapterLabel = "第" + chapter.group(1) + "章";
                chapterTitle = chapter.group(2).strip();
                current = close(current, articles);
            } else if (article.matches()) {
                current = close(current, articles);
                int n = ChineseNumeral.parse(article.group(1));
                if (n != lastArticle + 1) {
                    warnings.add("“第" + article.group(1) + "条”的编号不连续，上一条是第" + lastArticle + "条");
                }
                lastArticle = n;
                String rest = article.group(2).strip();
                boolean titled = heading(rest, 20) && !rest.isEmpty();
                current = new Draft(chapterLabel, chapterTitle, "第" + article.group(1) + "条", titled ? rest : "");
                if (!titled && !rest.isEmpty()) {
                    current.body.append(rest);
                }
            } else if (current != null) {
                current.append(line);
            } else {
                preamble.append(preamble.isEmpty() ? "" : "\n").append(line);
            }
        }
        close(current, articles);
        return new SplitDocument(preamble.toString(), chapters, articles, warnings);
    }

    private static boolean heading(String rest, int max) {
        String r = rest.strip();
        return r.length() <= max && !SENTENCE.matcher(r).find();
    }

    private static Draft close(Draft draft, List<SplitDocument.Article> into) {
        if (draft != null) {
            into.add(new SplitDocument.Article(draft.chapterLabel, draft.chapterTitle, draft.label, draft.title,
                    draft.body.toString()));
        }
        return null;
    }

    private static final class Draft {
        final String chapterLabel;
        final String chapterTitle;
        final String label;
        final String title;
        final StringBuilder body = new StringBuilder();

        Draft(String chapterLabel, String chapterTitle, String label, String title) {
            this.chapterLabel = chapterLabel;
            this.chapterTitle = chapterTitle;
            this.label = label;
            this.title = title;
        }

        void append(String line) {
            body.append(body.isEmpty() ? "" : "\n").append(line);
        }
    }
}
