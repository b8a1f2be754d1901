-- Files that go with the reply (issue 11 §5: the disclosable part of a partial disclosure under 第三十七条, or the
-- information provided), kept like the applicant's materials and told apart by their purpose.
alter table request_attachment add column purpose varchar(16) default 'APPLICATION' not null;
