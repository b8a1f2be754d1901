-- 严重表述错误 (国办秘函〔2019〕19号: a veto of the site inspection, RULES §5.2) as a kind of the 错敏词库 beside
-- 错误表述 and 敏感表述 (kind is a varchar, no constraint to change); one commonly listed example, the office adds its own.
insert into wording_rule (phrase, replacement, kind, note, created_by, created_at) values
    ('一路一带', '一带一路', 'SERIOUS', '重要提法写错，属严重表述错误', '系统', current_timestamp);
