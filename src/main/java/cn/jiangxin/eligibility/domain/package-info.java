/**
 * The eligibility rules as plain Java, free of Spring: a candidate's facts, the policy terms and an as-of date go
 * in, an {@link cn.jiangxin.eligibility.domain.Evaluation} with a Chinese reason per rule comes out.
 */
@org.springframework.modulith.NamedInterface("domain")
package cn.jiangxin.eligibility.domain;
