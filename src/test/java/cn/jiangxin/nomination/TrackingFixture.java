package cn.jiangxin.nomination;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import cn.jiangxin.evidence.FileCategory;
import cn.jiangxin.evidence.EvidenceUploads;
import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.person.MobileNumber;
import cn.jiangxin.person.People;
import cn.jiangxin.person.PersonDraft;
import cn.jiangxin.person.ResidentIdNumber;
import org.springframework.mock.web.MockMultipartFile;

/** New people of the officer's unit (so no earlier test has opened their account) and cases ready to submit. */
final class TrackingFixture {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final People people;
    private final Nominations nominations;
    private final EvidenceUploads uploads;

    TrackingFixture(People people, Nominations nominations, EvidenceUploads uploads) {
        this.people = people;
        this.nominations = nominations;
        this.uploads = uploads;
    }

    /** A man nobody has registered yet, in the officer's unit (odd sequence: no retirement category to choose). */
    long newPerson(CurrentUser officer, String name) {
        LocalDate today = people.today();
        while (true) {
            LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(9000));
            String first17 = "110105" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format("%03d", 2 * ThreadLocalRandom.current().nextInt(500) + 1);
            ResidentIdNumber id = ResidentIdNumber.parse(first17 + ResidentIdNumber.checkCharacter(first17), today);
            if (people.find(id).isEmpty()) {
                return people.register(officer, new PersonDraft(name, id, MobileNumber.parse("13912345678"),
                        officer.unitId()));
            }
        }
    }

    /** A draft with everything a submission needs. */
    long readyCase(CurrentUser officer, long personId) {
        long id = nominations.open(officer, personId);
        nominations.save(officer, id, NominationLifecycleTest.complete());
        uploads.upload(officer, id, FileCategory.EVIDENCE, 0, new MockMultipartFile("file", "证书.pdf", "application/pdf", PDF));
        uploads.upload(officer, id, FileCategory.STAMPED_FORM, null, new MockMultipartFile("file", "推荐表.pdf", "x", PDF));
        return id;
    }
}
