/**
 * Owns offerings (BEN-5/6/7, art. 4 items (五)(六)(七)): training, exchange activities and the career programme that
 * policy staff publish with seats, sign-up and the policy's priority rule for leading talents, the sign-ups with
 * their waiting list, and the attendance that becomes a person's completion record; a seat given from the waiting
 * list is announced as {@link cn.jiangxin.offering.WaitingListPromoted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Offering",
        allowedDependencies = { "audit", "certification", "identity", "person", "platform", "policy", "unit" })
package cn.jiangxin.offering;
