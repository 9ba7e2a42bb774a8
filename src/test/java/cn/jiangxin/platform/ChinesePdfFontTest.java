package cn.jiangxin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

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
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ChinesePdfFont.Loaded font = ChinesePdfFont.load(doc)) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 780;
                for (String line : LINES) {
                    cs.beginText();
                    cs.setFont(font.font(), 14);
                    cs.newLineAtOffset(60, y);
                    cs.showText(line);
                    cs.endText();
                    y -= 30;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
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
}
