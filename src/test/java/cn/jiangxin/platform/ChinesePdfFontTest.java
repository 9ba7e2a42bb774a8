package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import cn.jiangxin.testsupport.PdfBytes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ChinesePdfFontTest {

    private static final String[] LINES = {
        "高技能领军人才推荐表", "姓名：张伟  单丽华  单位：北京燕京精密制造有限公司",
        "签字盖章：北京市朝阳区人力资源和社会保障局", "No. 2026-0001 ① ℃ “引号” ×"
    };

    @Test
    void writesChineseThatEmbedsAsASubsetAndReadsBackExactly() throws Exception {
        byte[] pdf = onePage(ChinesePdfFont::load, (cs, font) -> {
            float y = 780;
            for (String line : LINES) {
                cs.beginText();
                cs.setFont(font.font(), 14);
                cs.newLineAtOffset(60, y);
                cs.showText(line);
                cs.endText();
                y -= 30;
            }
        });
        assertThat(pdf.length).as("a subset, not the 5 MB font").isLessThan(100_000);
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            for (String line : LINES) {
                assertThat(text).contains(line);
            }
            PDFont used = read.getPage(0).getResources().getFont(read.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(used.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
            assertThat(used.isEmbedded()).isTrue();
        }
    }

    /** 琍 is outside the serif subset (not in GB2312 nor the 通用规范汉字表), in Micro Hei; 𠈌 is in neither font. */
    private static final String SERIF_LINE = "兹认定 张琍 同志为朝阳区高技能领军人才。高技能 2026年5月1日 No.7";

    @Test
    void serifTextEmbedsNotoSerifAndDrawsACharacterItLacksInMicroHeiNeverAsABox() throws Exception {
        byte[] pdf = onePage(ChinesePdfFont::serif, (cs, serif) -> {
            PdfText text = serif.text();
            assertThat(text.printable("刘𠈌")).isEqualTo("刘?");
            assertThat(text.width("张琍", 12)).isGreaterThan(text.width("张", 12));
            text.write(cs, text.printable(SERIF_LINE), 14, 60, 780);
            text.write(cs, text.printable("刘𠈌"), 14, 60, 750);
        });
        assertThat(pdf.length).as("subsets, not the 3.8 MB and 5 MB fonts").isLessThan(150_000);
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(read)).contains(SERIF_LINE, "刘?");
        }
        var glyphs = PdfBytes.glyphs(pdf);
        assertThat(glyphs).allSatisfy(g -> assertThat(g.glyphId()).as(g.text()).isPositive());
        assertThat(glyphs).filteredOn(g -> g.text().equals("认")).allSatisfy(g ->
                assertThat(g.font()).matches("[A-Z]{6}\\+NotoSerifSC-Regular"));
        assertThat(glyphs).filteredOn(g -> g.text().equals("琍")).singleElement().satisfies(g ->
                assertThat(g.font()).matches("[A-Z]{6}\\+WenQuanYiMicroHei"));
    }

    private interface Fonts {
        ChinesePdfFont.Loaded load(PDDocument doc) throws IOException;
    }

    private interface Drawing {
        void draw(PDPageContentStream cs, ChinesePdfFont.Loaded font) throws IOException;
    }

    private static byte[] onePage(Fonts fonts, Drawing drawing) throws IOException {
        try (PDDocument doc = new PDDocument(); ChinesePdfFont.Loaded font = fonts.load(doc)) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawing.draw(cs, font);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
