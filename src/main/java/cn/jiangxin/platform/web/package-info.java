/**
 * How every page and API answer: the error pages and problem+json, the one answer to a broken rule
 * ({@link cn.jiangxin.platform.web.PageRefusals}), form binding limits, locale switching and the home page.
 */
package cn.jiangxin.platform.web;
