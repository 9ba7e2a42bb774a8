-- The parameter catalogue gained the expert draw's three parameters (art. 4 item 4, provisional values, as in the
-- shipped Chaoyang pack). Versions stored before they existed get those values, so that every stored pack still
-- carries every parameter of the catalogue; the stored JSON is written pretty-printed by PolicyPackJson.
UPDATE policy_version SET content = REPLACE(content, '"parameters" : {', '"parameters" : {
    "expert.drawWorkingDaysBefore" : { "value" : 2, "article" : "第四条第（四）项", "note" : "办法未规定，暂定值：专家最早在需求日期前2个工作日内抽取" },
    "expert.reserves" : { "value" : 2, "article" : "第四条第（四）项", "note" : "办法未规定，暂定值：每次抽取的递补专家人数（至少2名）" },
    "expert.responseHours" : { "value" : 24, "article" : "第四条第（四）项", "note" : "办法未规定，暂定值：被抽中专家答复期限（小时，最迟至需求日期）" },')
WHERE content NOT LIKE '%"expert.reserves"%';
UPDATE policy_version SET content = REPLACE(content, '"parameters": {', '"parameters": {
    "expert.drawWorkingDaysBefore": { "value": 2, "article": "第四条第（四）项", "note": "办法未规定，暂定值：专家最早在需求日期前2个工作日内抽取" },
    "expert.reserves": { "value": 2, "article": "第四条第（四）项", "note": "办法未规定，暂定值：每次抽取的递补专家人数（至少2名）" },
    "expert.responseHours": { "value": 24, "article": "第四条第（四）项", "note": "办法未规定，暂定值：被抽中专家答复期限（小时，最迟至需求日期）" },')
WHERE content NOT LIKE '%"expert.reserves"%';
