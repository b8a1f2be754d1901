-- The public appraisal (社会评议, issue 16 §2): each unit's questionnaire of the round, from which its 公开效果 items are
-- scored (a survey of the consultation module, V9_5).
alter table evaluation add column appraisal_survey_id bigint;
alter table evaluation_round add column appraisal_closes_on date;
