package cn.jiangxin.consultation.demo;

import cn.jiangxin.consultation.ChannelKind;
import cn.jiangxin.consultation.CommentWindow;
import cn.jiangxin.consultation.ConsultationView;
import cn.jiangxin.consultation.Consultations;
import cn.jiangxin.consultation.NewConsultation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the Bureau's consultation of 2025-03-11 from the seed notice (window, five channels, the draft
 * and its drafting explanation), and a second round of the same draft that is open now.
 */
@Component
@Profile("demo")
@Order(30)
public class ConsultationDemoData implements ApplicationRunner {

    static final String SEED_TITLE = "关于《北京市朝阳区高技能领军人才服务支持办法（试行）》（征求意见稿）公开征求意见的公告";
    static final String OPEN_TITLE = "关于《北京市朝阳区高技能领军人才服务支持办法（试行）》（修订征求意见稿）第二轮公开征求意见的公告";
    private static final String ISSUER = "北京市朝阳区人力资源和社会保障局";

    private final Consultations consultations;
    private final Clock clock;

    ConsultationDemoData(Consultations consultations, Clock clock) {
        this.consultations = consultations;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String notice = text("notice.txt");
        var documents = List.of(
                new NewConsultation.NewDocument("附件1：北京市朝阳区高技能领军人才服务支持办法（试行）（征求意见稿）", text("draft.txt")),
                new NewConsultation.NewDocument("附件2：关于《北京市朝阳区高技能领军人才服务支持办法（试行）》的起草说明",
                        text("explanation.txt")));
        if (!exists(SEED_TITLE)) {
            consultations.create(new NewConsultation(SEED_TITLE, ISSUER, notice,
                    CommentWindow.days(LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 17)), true, channels(),
                    documents), "demo");
        }
        if (!exists(OPEN_TITLE)) {
            LocalDate today = LocalDate.now(clock);
            consultations.create(new NewConsultation(OPEN_TITLE, ISSUER,
                    "根据第一轮征求意见情况，我局对《办法》作了修改，现再次向社会公开征求意见。",
                    CommentWindow.days(today.minusDays(2), today.plusDays(12)), true, channels(), documents), "demo");
        }
    }

    public static List<ConsultationView.Channel> channels() {
        return List.of(
                new ConsultationView.Channel(ChannelKind.EMAIL, "cyrsjzjk224@bjchy.gov.cn", ""),
                new ConsultationView.Channel(ChannelKind.POST, "北京市朝阳区八里庄南里21号院224室", "请在信封上注明“意见征集”字样"),
                new ConsultationView.Channel(ChannelKind.PHONE, "010-65090443", ""),
                new ConsultationView.Channel(ChannelKind.FAX, "010-65094329", ""),
                new ConsultationView.Channel(ChannelKind.WEBSITE,
                        "北京市朝阳区人民政府网站（http://www.bjchy.gov.cn/）“政策文件”版块“政策性文件意见征集”专栏；"
                                + "或北京市人民政府网站（https://www.beijing.gov.cn/）“政民互动”版块“区级政策性意见征集”专栏", ""));
    }

    private boolean exists(String title) {
        return consultations.existsWithTitle(title);
    }

    public static String text(String name) {
        try (InputStream in = ConsultationDemoData.class.getResourceAsStream("/consultation/chaoyang-2025/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
