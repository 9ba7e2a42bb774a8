package cn.jiangxin.certification;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import cn.jiangxin.platform.ChineseDate;
import cn.jiangxin.platform.ChinesePdfFont;
import cn.jiangxin.platform.PdfText;
import cn.jiangxin.platform.QrCodes;
import cn.jiangxin.policy.PolicyVersion;
import cn.jiangxin.policy.PolicyVersions;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.springframework.stereotype.Component;

/**
 * The certificate (认定证书) as one A4 landscape page in a serif Chinese font: the title with the district of the
 * policy version the talent was certified under, the formal wording (who, nominating unit, qualifying achievements,
 * the policy, the support period), the issuer and date with the Bureau's seal over them when an administrator has
 * uploaded one (the place stays blank otherwise), the certificate number, and the verification code with a QR code of
 * the public verification address. No ID number is printed.
 */
@Component
class CertificatePdf {

    static final String ISSUER = "北京市朝阳区人力资源和社会保障局";
    static final String TALENT = "高技能领军人才";
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 90;
    private static final float BODY = 16;
    private static final float BODY_TOP = PAGE.getHeight() - 190;
    private static final float BODY_BOTTOM = 215;
    private static final float SEAL = 120;
    private static final Color RED = new Color(0xA4, 0x1E, 0x22);

    private final PolicyVersions policies;
    private final CertificateSeals seals;

    CertificatePdf(PolicyVersions policies, CertificateSeals seals) {
        this.policies = policies;
        this.seals = seals;
    }

    /** The title, e.g. 朝阳区高技能领军人才认定证书: the district comes from the talent's policy version. */
    String title(Certification c) {
        return district(c) + TALENT + "认定证书";
    }

    byte[] render(Certification c, String verifyUrl) throws IOException {
        Optional<CertificateSeal> seal = seals.current();
        try (PDDocument doc = new PDDocument(); ChinesePdfFont.Loaded serif = ChinesePdfFont.serif(doc)) {
            PdfText text = serif.text();
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            float w = PAGE.getWidth();
            float h = PAGE.getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                border(cs, w, h);
                cs.setNonStrokingColor(RED);
                heading(cs, text, title(c), h - 112);
                cs.setNonStrokingColor(Color.DARK_GRAY);
                String number = "证书编号：" + c.certificateNo();
                text.write(cs, number, 10.5f, w - MARGIN - text.width(number, 10.5f), h - 62);
                cs.setNonStrokingColor(Color.BLACK);
                body(cs, text, c);
                float issuerX = w - MARGIN - 140;
                float issuerY = 150;
                String issued = ChineseDate.of(c.supportStart());
                text.write(cs, ISSUER, BODY, issuerX - text.width(ISSUER, BODY) / 2, issuerY);
                text.write(cs, issued, BODY, issuerX - text.width(issued, BODY) / 2, issuerY - 30);
                verification(doc, cs, text, c, verifyUrl);
                if (seal.isPresent()) {
                    stamp(doc, cs, seal.get(), issuerX, issuerY - 10);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private String district(Certification c) {
        return policies.published(c.policyVersion()).map(PolicyVersion::terms).map(t -> t.districtName()).orElse("");
    }

    private static void border(PDPageContentStream cs, float w, float h) throws IOException {
        cs.setStrokingColor(RED);
        cs.setLineWidth(3);
        cs.addRect(24, 24, w - 48, h - 48);
        cs.stroke();
        cs.setLineWidth(0.8f);
        cs.addRect(32, 32, w - 64, h - 64);
        cs.stroke();
    }

    /** Centred, spaced and emboldened by stroking the outline as well (the serif font has one weight). */
    private static void heading(PDPageContentStream cs, PdfText text, String title, float baseline) throws IOException {
        float size = 30;
        float spacing = 3;
        String line = text.printable(title);
        float width = text.width(line, size) + spacing * (line.codePointCount(0, line.length()) - 1);
        cs.setCharacterSpacing(spacing);
        cs.setRenderingMode(RenderingMode.FILL_STROKE);
        cs.setLineWidth(0.7f);
        text.write(cs, line, size, (PAGE.getWidth() - width) / 2, baseline);
        cs.setRenderingMode(RenderingMode.FILL);
        cs.setCharacterSpacing(0);
    }

    /**
     * The wording: the certification sentence, then labelled lines whose values wrap under themselves. Lines close in
     * when a long unit name or criterion would reach the issuer; a criterion is cut after three lines.
     */
    private void body(PDPageContentStream cs, PdfText text, Certification c) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        String indent = "　　";
        List<Line> lines = new ArrayList<>();
        for (String l : text.wrap(indent + "兹认定 " + c.personName() + " 同志为" + district(c) + TALENT + "。", BODY, width)) {
            lines.add(new Line(0, l));
        }
        labelled(lines, text, indent + "推荐单位：", c.unitName(), width, 2);
        labelled(lines, text, indent + "资格业绩：", c.criterion(), width, 3);
        labelled(lines, text, indent + "认定依据：", "《" + policies.titleOf(c.policyVersion()) + "》", width, 2);
        labelled(lines, text, indent + "服务支持期：",
                "自" + ChineseDate.of(c.supportStart()) + "至" + ChineseDate.of(c.supportLastDay()), width, 1);
        float leading = Math.min(BODY * 2, (BODY_TOP - BODY_BOTTOM) / Math.max(1, lines.size() - 1));
        float y = BODY_TOP;
        for (Line line : lines) {
            text.write(cs, line.text(), BODY, MARGIN + line.indent(), y);
            y -= leading;
        }
    }

    private record Line(float indent, String text) {
    }

    private static void labelled(List<Line> lines, PdfText text, String label, String value, float width, int most)
            throws IOException {
        float labelWidth = text.width(label, BODY);
        List<String> wrapped = text.wrap(value, BODY, width - labelWidth);
        if (wrapped.size() > most) {
            wrapped = new ArrayList<>(wrapped.subList(0, most));
            String last = wrapped.get(most - 1);
            wrapped.set(most - 1, last.substring(0, last.offsetByCodePoints(last.length(), -1)) + "…");
        }
        for (int i = 0; i < wrapped.size(); i++) {
            lines.add(i == 0 ? new Line(0, label + wrapped.get(0)) : new Line(labelWidth, wrapped.get(i)));
        }
    }

    private static void verification(PDDocument doc, PDPageContentStream cs, PdfText text, Certification c,
            String verifyUrl) throws IOException {
        float qrSide = 92;
        float qrX = MARGIN - 20;
        float qrY = 58;
        PDImageXObject qr = PDImageXObject.createFromByteArray(doc, QrCodes.png(verifyUrl, 300), "qr.png");
        cs.drawImage(qr, qrX, qrY, qrSide, qrSide);
        float x = qrX + qrSide + 8;
        cs.setNonStrokingColor(Color.DARK_GRAY);
        text.write(cs, "验证码：" + c.groupedCode(), 10.5f, x, qrY + 62);
        text.write(cs, text.printable("核验网址：" + verifyUrl), 9, x, qrY + 42);
        text.write(cs, "扫描二维码或在核验网址输入验证码，核验本证书真伪", 9, x, qrY + 24);
        cs.setNonStrokingColor(Color.BLACK);
    }

    /**
     * The seal over the issuer and date, as a stamp overlaps them: multiplied with what is under it and slightly
     * transparent, so the text stays legible through the red.
     */
    private static void stamp(PDDocument doc, PDPageContentStream cs, CertificateSeal seal, float cx, float cy)
            throws IOException {
        PDImageXObject image = LosslessFactory.createFromImage(doc, ImageIO.read(new ByteArrayInputStream(seal.png())));
        float scale = SEAL / Math.max(seal.width(), seal.height());
        float w = seal.width() * scale;
        float h = seal.height() * scale;
        PDExtendedGraphicsState ink = new PDExtendedGraphicsState();
        ink.setNonStrokingAlphaConstant(0.85f);
        ink.setBlendMode(BlendMode.MULTIPLY);
        cs.saveGraphicsState();
        cs.setGraphicsStateParameters(ink);
        cs.drawImage(image, cx - w / 2, cy - h / 2, w, h);
        cs.restoreGraphicsState();
    }
}
