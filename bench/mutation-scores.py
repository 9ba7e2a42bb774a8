#!/usr/bin/env python3
"""Scores of a pitest mutations.xml per core: killed (or timed out) out of all mutants, and the survivors."""
import sys
import xml.etree.ElementTree as ET

RULES = (  # the workflow's named rules (issue 11, item 3)
    "ActionAllowedInState", "ActorHasRole", "OfficerOfNominatingUnit", "OnlyTheHolder", "FourEyes", "ReasonGiven",
    "ReasonNotTooLong", "SubmissionComplete", "ReviewComplete", "ListedForNotice",
    "RejectOnNoticeOnlyWhenNotCertifiable", "CertifyAfterNoticeWithoutObjection", "Verdict",
)

CORES = [
    ("eligibility domain", ("cn.jiangxin.eligibility.domain.",)),
    ("nomination workflow", ("cn.jiangxin.nomination.NominationWorkflow",) + tuple(
        "cn.jiangxin.nomination." + rule for rule in RULES)),
    ("ID and credit-code parsing", ("cn.jiangxin.person.ResidentIdNumber", "cn.jiangxin.unit.UnifiedSocialCreditCode")),
    ("support periods and working days", ("cn.jiangxin.policy.SupportPeriod", "cn.jiangxin.calendar.WorkingDays")),
    ("ledger domain and money", ("cn.jiangxin.ledger.domain.", "cn.jiangxin.platform.Money")),
]

mutations = ET.parse(sys.argv[1] if len(sys.argv) > 1 else "target/pit-reports/mutations.xml").getroot()
survivors = "-v" in sys.argv
for name, prefixes in CORES:
    rows = [m for m in mutations if m.findtext("mutatedClass").startswith(prefixes)]
    killed = [m for m in rows if m.get("status") in ("KILLED", "TIMED_OUT", "MEMORY_ERROR")]
    score = 100 * len(killed) / len(rows) if rows else 0
    print(f"{name:34} {len(killed):4} / {len(rows):4} killed  {score:5.1f}%")
    if survivors:
        for m in rows:
            if m not in killed:
                print(f"    {m.get('status'):12} {m.findtext('mutatedClass').rsplit('.', 1)[1]}:{m.findtext('lineNumber')} "
                      f"{m.findtext('description')}")
