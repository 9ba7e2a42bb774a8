package cn.jiangxin.certification;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.platform.ChinesePdfFont;
import cn.jiangxin.platform.PdfText;
import cn.jiangxin.platform.QrCodes;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

/**
 * The certificate (证书) as one A4 landscape page in Chinese: name, nominating unit, criterion, support period,
 * certificate number, verification code, and a QR code of the public verification address.
 */
@Component
class CertificatePdf {

    static final String TITLE = "北京市朝阳区高技能领军人才";
    static final String ISSUER = "北京市朝阳区人力资源和社会保障局";
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 70;
    private static final float BODY = 15;
    private static final Color RED = new Color(0xA4, 0x1E, 0x22);

    byte[] render(Certification c, String verifyUrl) throws IOException {
        try (PDDocument doc = new PDDocument(); ChinesePdfFont.Loaded loaded = ChinesePdfFont.load(doc)) {
            PdfText text = new PdfText(loaded.font());
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            float w = PAGE.getWidth();
            float h = PAGE.getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setStrokingColor(RED);
                cs.setLineWidth(3);
                cs.addRect(24, 24, w - 48, h - 48);
                cs.stroke();
                cs.setLineWidth(0.8f);
                cs.addRect(32, 32, w - 64, h - 64);
                cs.stroke();
                cs.setNonStrokingColor(RED);
                centred(cs, text, TITLE, 26, h - 100);
                centred(cs, text, "认 定 证 书", 30, h - 145);
                cs.setNonStrokingColor(Color.BLACK);
                float y = h - 200;
                for (String line : body(c, text, w - 2 * MARGIN)) {
                    text.write(cs, line, BODY, MARGIN, y);
                    y -= BODY * 1.8f;
                }
                float small = 10.5f;
                text.write(cs, "证书编号：" + c.certificateNo(), small, MARGIN, 110);
                text.write(cs, "验证码：" + c.groupedCode(), small, MARGIN, 92);
                text.write(cs, text.printable("核验网址：" + verifyUrl), small, MARGIN, 74);
                String issued = ChineseDate.of(c.supportStart());
                float right = w - MARGIN - 130;
                text.write(cs, ISSUER, 14, right - text.width(ISSUER, 14), 110);
                text.write(cs, issued, 14, right - text.width(issued, 14), 88);
                PDImageXObject qr = PDImageXObject.createFromByteArray(doc, QrCodes.png(verifyUrl, 300), "qr.png");
                cs.drawImage(qr, w - MARGIN - 110, 70, 110, 110);
                text.write(cs, "扫码核验", 9, w - MARGIN - 55 - text.width("扫码核验", 9) / 2, 60);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The wording; a criterion too long for the page is cut after four lines, never the support period. */
    private static List<String> body(Certification c, PdfText text, float width) throws IOException {
        List<String> lines = new ArrayList<>(text.wrap(c.personName() + "同志：\n"
                + "　　经" + c.unitName() + "推荐，区人力资源和社会保障局审核并公示，认定您为北京市朝阳区高技能领军人才。",
                BODY, width));
        List<String> criterion = text.wrap("　　认定依据：" + c.criterion(), BODY, width);
        if (criterion.size() > 4) {
            criterion = new ArrayList<>(criterion.subList(0, 4));
            String last = criterion.get(3);
            criterion.set(3, last.substring(0, last.length() - 1) + "…");
        }
        lines.addAll(criterion);
        lines.addAll(text.wrap("　　服务支持期：" + ChineseDate.of(c.supportStart()) + "至"
                + ChineseDate.of(c.supportLastDay()) + "。", BODY, width));
        return lines;
    }

    private static void centred(PDPageContentStream cs, PdfText text, String line, float size, float y)
            throws IOException {
        text.write(cs, line, size, (PAGE.getWidth() - text.width(line, size)) / 2, y);
    }
}
