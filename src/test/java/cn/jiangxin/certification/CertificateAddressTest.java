package cn.jiangxin.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import cn.jiangxin.testsupport.JiangxinTest;
import cn.jiangxin.testsupport.MovableClock;
import cn.jiangxin.testsupport.NoticeFixture;
import cn.jiangxin.testsupport.Staff;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The certificate's verification address (printed and in its QR code) is the configured public address, whatever
 * Host the request that downloads it names (issue 10: {@code Host: evil.example} ended up in the PDF).
 */
@JiangxinTest
@MovableClock
@TestPropertySource(properties = "jiangxin.test.public-base-url=https://jiangxin.example.gov.cn")
@DirtiesContext
class CertificateAddressTest {

    private static final Pattern DOWNLOAD = Pattern.compile("/certifications/\\d+/certificate\\.pdf");

    @Autowired MockMvc mvc;
    @Autowired Staff staff;
    @Autowired ApplicationContext context;

    /** A talent certified after a notice, signed in (the one-time password changed); answers the user name. */
    private String certifiedTalent() {
        return NoticeFixture.of(context).certifiedTalent();
    }

    @Test
    void aForgedHostNeverEndsUpInTheCertificateOrItsQrCode() throws Exception {
        var talent = staff.as(certifiedTalent());
        String mine = mvc.perform(get("/my/certification").with(talent).header("Host", "evil.example"))
                .andReturn().getResponse().getContentAsString();
        Matcher link = DOWNLOAD.matcher(mine);
        assertThat(link.find()).as("the talent's certificate").isTrue();

        byte[] pdf = mvc.perform(get(link.group()).with(talent).header("Host", "evil.example")
                        .header("X-Forwarded-Host", "evil.example"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).doesNotContain("evil").contains("https://jiangxin.example.gov.cn/verify/");
            List<String> codes = qrCodes(doc.getPage(0).getResources());
            assertThat(codes).singleElement().asString().matches("https://jiangxin\\.example\\.gov\\.cn/verify/\\w{16}");
            assertThat(text).contains(codes.get(0));
        }
    }

    private static List<String> qrCodes(PDResources resources) throws Exception {
        List<String> out = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                BufferedImage picture = image.getImage();
                int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
                out.add(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels)))).getText());
            }
        }
        return out;
    }
}
