/**
 * Owns nominations: the recommendation form a unit fills for one of its people, its evidence files, and the case's
 * way through review, approval and public notice to certification (WF-1, WF-2); it implements notice's
 * {@link cn.jiangxin.notice.NoticeCases}, so notice knows cases without depending on nomination.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nomination")
package cn.jiangxin.nomination;
