-- wrk body script: POST the contract's example to the evaluation API.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"asOf":"2026-05-01","person":{"idNumber":"110105199003071247","retirementCategory":"FEMALE_55"},"affiliation":{"kind":"EMPLOYER","districtCode":"110105"},"recommendedByAffiliation":true,"achievements":[{"type":"COMPETITION","competition":"WORLDSKILLS","place":1,"date":"2024-09-15"},{"type":"HONOR","honor":"BEIJING_TECHNICIAN_ALLOWANCE","date":"2023-01-10"},{"type":"STUDIO_LEADER","level":"CHAOYANG","date":"2022-06-01"}]}]]
