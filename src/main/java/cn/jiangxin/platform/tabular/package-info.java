/**
 * The streaming import kit: reads an uploaded list ({@code .xlsx} or CSV) one row at a time under limits against
 * hostile files ({@link cn.jiangxin.platform.tabular.TabularReader}), normalises its values for matching (full-width
 * characters, ID numbers, dates, places, traditional characters, unit names), recognises its columns
 * ({@link cn.jiangxin.platform.tabular.ColumnMapping}) and judges each row ({@link cn.jiangxin.platform.tabular.RowOutcome}).
 *
 * <h2>Memory</h2>
 * A reader holds one row at a time: the row's cells as strings (at most {@link TabularLimits#maxColumns()} of them,
 * each cut at {@link TabularLimits#maxCellLength()} characters plus one, so a 5 MB cell costs 2,001 characters once the
 * row is read), its number and its reasons. A CSV reader also holds a 64 KB prefix (encoding and separator
 * detection) and the decoder's buffer. An {@code .xlsx} reader holds fastexcel-reader's parser state for the sheet,
 * the number formats of the workbook and the shared strings read so far (fastexcel-reader keeps the shared-string
 * table it has read in memory: a sheet with a million distinct strings in shared strings costs their size; inline
 * strings cost nothing beyond their row). Before fastexcel-reader sees the file, {@code ZipGuard} inflates every
 * entry once through a counter (no buffer beyond 8 KB) and scans each worksheet with StAX, so the rows fastexcel
 * builds are bounded by 16,384 cells (Excel's last column, XFD) and their count by the row limit.
 */
package cn.jiangxin.platform.tabular;
