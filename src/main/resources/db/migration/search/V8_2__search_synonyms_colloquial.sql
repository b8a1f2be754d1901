-- More of what people type (issue 14 §1, measured by bench/search-quality.sh): everyday words for what records name in
-- administrative terms. Rows the office already has are left as they are; three shipped rows gain the umbrella term
-- the records use, unless the office has changed them.
insert into search_synonym (term, expansions)
select v.term, v.expansions from (values
    ('保障房', '保障性住房'),
    ('农民工欠薪', '农民工 工资支付；拖欠 农民工 工资'),
    ('欠薪', '工资支付；拖欠 工资'),
    ('讨薪', '工资支付；拖欠 工资'),
    ('拖欠工资', '工资支付；拖欠 工资'),
    ('工资被拖欠', '工资支付；拖欠 工资'),
    ('承包地流转', '土地承包经营权流转；承包地 流转'),
    ('房产证', '不动产登记；不动产权证书'),
    ('房本', '不动产登记；不动产权证书'),
    ('盖房', '宅基地；建房'),
    ('建房', '宅基地；建房'),
    ('结婚登记', '婚姻登记'),
    ('离婚登记', '婚姻登记'),
    ('领结婚证', '婚姻登记'),
    ('老年人补贴', '养老服务补贴；高龄津贴'),
    ('老人补贴', '养老服务补贴；高龄津贴'),
    ('助学金', '学生资助；国家助学金'),
    ('学生补助', '学生资助；困难学生 资助'),
    ('贫困学生', '困难学生；学生资助'),
    ('幼儿园', '学前教育；幼儿园'),
    ('上学', '招生入学；入学'),
    ('报名上学', '招生入学'),
    ('小学入学', '义务教育 招生入学；小学 招生'),
    ('招老师', '教师招聘'),
    ('招聘老师', '教师招聘'),
    ('请律师', '法律援助'),
    ('打官司', '法律援助；诉讼'),
    ('调解纠纷', '人民调解；调解 纠纷'),
    ('纠纷', '人民调解；纠纷'),
    ('普法', '法治宣传教育；普法'),
    ('种粮补贴', '耕地地力保护补贴；惠民惠农 补贴；种粮 补贴'),
    ('种地补贴', '耕地地力保护补贴；惠民惠农 补贴'),
    ('基本农田', '耕地保护；高标准农田；永久基本农田'),
    ('防洪', '防汛'),
    ('发洪水', '防汛'),
    ('抗洪', '防汛'),
    ('危化品', '危险化学品'),
    ('天然气', '燃气'),
    ('工地', '建筑施工'),
    ('物价', '价格监测；价格'),
    ('节能减排', '节能降耗；节能 减排'),
    ('政府债务', '债务管理；政府 债务'),
    ('国资', '国有资产'),
    ('修路', '道路建设；公路养护；公路 建设'),
    ('村道', '乡村道路；农村公路'),
    ('村务公开', '村级财务公开；村务 公开'),
    ('厕所革命', '农村人居环境整治；农村 厕所'),
    ('改厕', '农村人居环境整治；农村 厕所'),
    ('城管', '城市管理'),
    ('一网通办', '政务服务'),
    ('罚款', '行政处罚'),
    ('罚单', '行政处罚'),
    ('人社局', '人力资源和社会保障局'),
    ('住建局', '住房和城乡建设局'),
    ('发改局', '发展和改革局'),
    ('自然资源和规划局', '自然资源局'),
    ('应急局', '应急管理局')
) as v (term, expansions)
where not exists (select 1 from search_synonym s where s.term = v.term);

update search_synonym set expansions = '公共租赁住房；保障性住房', version = version + 1
where term = '公租房' and expansions = '公共租赁住房';
update search_synonym set expansions = '廉租住房；保障性住房', version = version + 1
where term = '廉租房' and expansions = '廉租住房';
update search_synonym set expansions = '经济适用住房；保障性住房', version = version + 1
where term = '经适房' and expansions = '经济适用住房';
update search_synonym set expansions = '土地征收；征地', version = version + 1
where term = '征地' and expansions = '土地征收';
update search_synonym set expansions = '房屋征收；征收 补偿', version = version + 1
where term = '拆迁' and expansions = '房屋征收';
