package cn.jiangxin.consultation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import cn.jiangxin.platform.BeijingTime;
import cn.jiangxin.platform.RuleViolationException;
import org.springframework.format.annotation.DateTimeFormat;

/** The staff form for a new consultation: whole days by default, with optional opening and closing times. */
class ConsultationForm {

    private String title = "";
    private String issuer = "北京市朝阳区人力资源和社会保障局";
    private String notice = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate opensOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime opensTime;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closesOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime closesTime;
    private boolean visible;
    private String email = "";
    private String postAddress = "";
    private String postNote = "请在信封上注明“意见征集”字样";
    private String phone = "";
    private String fax = "";
    private String website = "";
    private List<String> docTitles = new ArrayList<>(List.of("附件1：征求意见稿", "附件2：起草说明", ""));
    private List<String> docTexts = new ArrayList<>(List.of("", "", ""));

    NewConsultation toCommand() {
        if (opensOn == null || closesOn == null) {
            throw new RuleViolationException("opensOn", "请填写征求意见的开始日期和截止日期");
        }
        var opens = opensOn.atTime(opensTime == null ? LocalTime.MIDNIGHT : opensTime).atZone(BeijingTime.ZONE)
                .toInstant();
        var closes = (closesTime == null ? closesOn.plusDays(1).atStartOfDay() : closesOn.atTime(closesTime))
                .atZone(BeijingTime.ZONE).toInstant();
        if (!closes.isAfter(opens)) {
            throw new RuleViolationException("closesOn", "截止时间必须晚于开始时间");
        }
        List<ConsultationView.Channel> channels = List.of(
                new ConsultationView.Channel(ChannelKind.EMAIL, email, ""),
                new ConsultationView.Channel(ChannelKind.POST, postAddress, postNote),
                new ConsultationView.Channel(ChannelKind.PHONE, phone, ""),
                new ConsultationView.Channel(ChannelKind.FAX, fax, ""),
                new ConsultationView.Channel(ChannelKind.WEBSITE, website, ""));
        List<NewConsultation.NewDocument> docs = new ArrayList<>();
        for (int i = 0; i < Math.min(docTitles.size(), docTexts.size()); i++) {
            docs.add(new NewConsultation.NewDocument(docTitles.get(i), docTexts.get(i)));
        }
        return new NewConsultation(title, issuer, notice, new CommentWindow(opens, closes), visible, channels, docs);
    }

    /** Makes both document lists as long as the longer one, so that each document row has a title and a text. */
    void alignDocuments() {
        while (docTitles.size() < docTexts.size()) {
            docTitles.add("");
        }
        while (docTexts.size() < docTitles.size()) {
            docTexts.add("");
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getNotice() { return notice; }
    public void setNotice(String notice) { this.notice = notice; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalTime getOpensTime() { return opensTime; }
    public void setOpensTime(LocalTime opensTime) { this.opensTime = opensTime; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public LocalTime getClosesTime() { return closesTime; }
    public void setClosesTime(LocalTime closesTime) { this.closesTime = closesTime; }
    public boolean isVisible() { return visible; }
    public void setVisible(boolean visible) { this.visible = visible; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPostAddress() { return postAddress; }
    public void setPostAddress(String postAddress) { this.postAddress = postAddress; }
    public String getPostNote() { return postNote; }
    public void setPostNote(String postNote) { this.postNote = postNote; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getFax() { return fax; }
    public void setFax(String fax) { this.fax = fax; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public List<String> getDocTitles() { return docTitles; }
    public void setDocTitles(List<String> docTitles) { this.docTitles = docTitles; }
    public List<String> getDocTexts() { return docTexts; }
    public void setDocTexts(List<String> docTexts) { this.docTexts = docTexts; }
}
