package cn.jiangxin.payment;

import java.util.regex.Pattern;

import cn.jiangxin.platform.RuleViolationException;

/**
 * A beneficiary's bank account as entered: holder name, the bank (a Chinese bank name, branch included) and the
 * account number, digits only once spaces are removed (8 to 30 digits). {@link #toString()} never shows the number.
 */
public record BankDetails(String holder, String bankName, String accountNumber) {

    private static final Pattern DIGITS = Pattern.compile("\\d{8,30}");
    private static final Pattern BANK = Pattern.compile(".*\\p{IsHan}.*(银行|信用社|信用合作联社|农商行|支行|分行|营业部).*");

    public BankDetails {
        holder = holder == null ? "" : holder.strip();
        bankName = bankName == null ? "" : bankName.strip();
        accountNumber = accountNumber == null ? "" : accountNumber.replaceAll("[\\s\\u3000]", "");
        if (holder.isEmpty() || holder.length() > 200) {
            throw new RuleViolationException("holder", "请填写开户名（不超过200字）");
        }
        if (bankName.length() > 100 || !BANK.matcher(bankName).matches()) {
            throw new RuleViolationException("bankName", "请填写开户银行的中文全称，例如“中国工商银行北京朝阳支行”");
        }
        if (!DIGITS.matcher(accountNumber).matches()) {
            throw new RuleViolationException("accountNumber", "银行账号须为8至30位数字（空格会被忽略）");
        }
    }

    /**
     * E.g. {@code 6222 **** **** 1234}: the first and last four digits of a card-length number; of a shorter account
     * number (8 to 15 digits, e.g. a unit's basic account) only the last four, so at most a quarter of it shows.
     */
    public static String mask(String accountNumber) {
        String last = accountNumber.substring(accountNumber.length() - 4);
        return accountNumber.length() >= 16 ? accountNumber.substring(0, 4) + " **** **** " + last : "**** **** " + last;
    }

    public String masked() {
        return mask(accountNumber);
    }

    @Override
    public String toString() {
        return "BankDetails[" + holder + ", " + bankName + ", " + masked() + "]";
    }
}
