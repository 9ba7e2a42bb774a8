package cn.jiangxin.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.jiangxin.consultation.ChannelKind;
import cn.jiangxin.consultation.CommentWindow;
import cn.jiangxin.consultation.ConsultationView;
import cn.jiangxin.consultation.Consultations;
import cn.jiangxin.consultation.NewConsultation;

/** Consultations a test opens through the real service, without the demo's. */
public final class TestConsultations {

    private TestConsultations() {
    }

    /** A public consultation of one document of three articles, open for comments from {@code from} to {@code to}. */
    public static long open(Consultations consultations, String createdBy, LocalDate from, LocalDate to) {
        return open(consultations, createdBy, "测试征求意见" + UUID.randomUUID(), from, to);
    }

    /** The same, with that title. */
    public static long open(Consultations consultations, String createdBy, String title, LocalDate from, LocalDate to) {
        return consultations.create(new NewConsultation(title, "朝阳区人力社保局",
                "现就以下政策公开征求意见。", CommentWindow.days(from, to), true,
                List.of(new ConsultationView.Channel(ChannelKind.PHONE, "010-65090443", "")),
                List.of(new NewConsultation.NewDocument("附件1", """
                        第一条 为培养高技能人才，制定本办法。
                        第二条 本办法适用于本区用人单位。
                        第三条 本办法自发布之日起施行。
                        """))), createdBy);
    }
}
