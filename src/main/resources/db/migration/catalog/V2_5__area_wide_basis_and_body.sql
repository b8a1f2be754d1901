-- Issue 9 §30: guideline rows printed without a 公开依据 or 公开主体 take what the area's national guideline states for
-- all its rows (AREA-GUIDELINES.md); new installations get them from catalog/areas.csv.
update area_guideline_item set responsible_body = '税务主管部门' where (responsible_body is null or responsible_body = '') and area_id in (select id from catalog_area where name = '税收管理');
update area_guideline_item set legal_basis = '《信息公开条例》及相关规定' where (legal_basis is null or legal_basis = '') and area_id in (select id from catalog_area where name = '社会救助');
update area_guideline_item set responsible_body = '县级人民政府民政部门、乡镇人民政府（街道办事处）' where (responsible_body is null or responsible_body = '') and area_id in (select id from catalog_area where name = '社会救助');
update area_guideline_item set legal_basis = '信息公开规定' where (legal_basis is null or legal_basis = '') and area_id in (select id from catalog_area where name = '养老服务');
update area_guideline_item set responsible_body = '县级人民政府民政部门' where (responsible_body is null or responsible_body = '') and area_id in (select id from catalog_area where name = '养老服务');
update area_guideline_item set responsible_body = '公安机关（县级公安机关、公安派出所）' where (responsible_body is null or responsible_body = '') and area_id in (select id from catalog_area where name = '户籍管理');
update area_guideline_item set legal_basis = '《条例》《就业促进法》《人力资源市场暂行条例》（国务院令第700号）' where (legal_basis is null or legal_basis = '') and area_id in (select id from catalog_area where name = '就业');
update area_guideline_item set responsible_body = '人力资源社会保障部门、乡镇人民政府（街道办事处）' where (responsible_body is null or responsible_body = '') and area_id in (select id from catalog_area where name = '就业');
update area_guideline_item set legal_basis = '《条例》《社会保险法》《社会保险费征缴暂行条例》' where (legal_basis is null or legal_basis = '') and area_id in (select id from catalog_area where name = '社会保险');
update area_guideline_item set responsible_body = '人力资源社会保障部门' where (responsible_body is null or responsible_body = '') and area_id in (select id from catalog_area where name = '社会保险');
update area_guideline_item set legal_basis = '《条例》' where (legal_basis is null or legal_basis = '') and area_id in (select id from catalog_area where name = '义务教育');
update area_guideline_item set responsible_body = '教育部门' where (responsible_body is null or responsible_body = '') and area_id in (select id from catalog_area where name = '义务教育');
update area_guideline_item set responsible_body = '县（市、区）卫生健康行政部门' where (responsible_body is null or responsible_body = '') and area_id in (select id from catalog_area where name = '医疗卫生');
update area_guideline_item set legal_basis = '《食品安全法》《条例》《全面推进意见》《食品药品安全监管信息公开管理办法》' where (legal_basis is null or legal_basis = '') and area_id in (select id from catalog_area where name = '食品药品监管');
update area_guideline_item set responsible_body = '县级市场监督管理部门' where (responsible_body is null or responsible_body = '') and area_id in (select id from catalog_area where name = '食品药品监管');
update area_guideline_item set responsible_body = '司法行政部门' where (responsible_body is null or responsible_body = '') and area_id in (select id from catalog_area where name = '公共法律服务');
