package cn.jiangxin.listimport;

import java.time.LocalDate;

/**
 * A person's result in a source as last imported, normalised: the name as typed (cleaned), the ID number only as its
 * blind index ({@code null} when the row had none), the unit's name and credit code as typed, the competition, edition
 * and event, the place (1 for 金牌/一等奖/第一名; {@code null} when the list gave none), the date, and 个人 or 团体.
 * {@code listId} and {@code rowNo} are where it was last read.
 */
public record ImportedEntry(long entryId, long listId, long rowNo, String source, String name, String idNumberIndex,
        String unitName, String unitCreditCode, String competition, String edition, String eventName, Integer place,
        LocalDate achievedOn, String teamOrIndividual) {

    public ImportedEntry {
        if (entryId <= 0 || listId <= 0 || name == null || name.isBlank()) {
            throw new IllegalArgumentException("an entry has an id, a list and a name");
        }
    }
}
