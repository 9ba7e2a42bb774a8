package cn.jiangxin.testsupport;

import cn.jiangxin.identity.CurrentUser;
import cn.jiangxin.unit.UnifiedSocialCreditCode;
import cn.jiangxin.unit.UnitDraft;
import cn.jiangxin.unit.Units;

/** Units a test registers through the real service, each with a valid unified social credit code nobody has yet. */
public final class TestUnits {

    private static final String DIGITS_AND_LETTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestUnits() {
    }

    /** A random valid code of an enterprise (91) in Chaoyang, Beijing. */
    public static String randomCreditCode() {
        StringBuilder body = new StringBuilder("91" + IdNumbers.AREA);
        for (int i = 0; i < 9; i++) {
            body.append(DIGITS_AND_LETTERS.charAt(IdNumbers.nextInt(DIGITS_AND_LETTERS.length())));
        }
        return body.toString() + UnifiedSocialCreditCode.checkCharacter(body.toString());
    }

    /** Registers a new unit of that kind (EMPLOYER, SCHOOL …) with a code no unit has; answers its id. */
    public static long register(Units units, CurrentUser by, String name, String kind) {
        while (true) {
            String code = randomCreditCode();
            if (units.find(UnifiedSocialCreditCode.parse(code)).isEmpty()) {
                return units.register(by, UnitDraft.of(name, kind, code, IdNumbers.AREA, "北京市朝阳区测试路1号",
                        "测试联系人", "010-65090443"));
            }
        }
    }
}
