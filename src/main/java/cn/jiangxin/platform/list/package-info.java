/**
 * The paged list every list page uses: what the URL asks for ({@link cn.jiangxin.platform.list.ListSpec},
 * {@link cn.jiangxin.platform.list.ListQuery}), clause text for the Stores, one page of rows
 * ({@link cn.jiangxin.platform.list.PageOf}) and the streamed Excel export
 * ({@link cn.jiangxin.platform.list.ExcelTable}).
 */
package cn.jiangxin.platform.list;
