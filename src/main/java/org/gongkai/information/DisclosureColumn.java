package org.gongkai.information;

import java.util.Arrays;
import java.util.List;

/**
 * Where a record sits in the 政府信息公开 section (国办公开办函〔2019〕61号): the 政府信息公开制度 column, or one
 * category of 法定主动公开内容 — the fifteen of 第二十条 for every agency and the further ones of 第二十一条
 * for county governments and their departments or for townships.
 */
public enum DisclosureColumn {
    OPENNESS_RULES("政府信息公开制度", null, Scope.ALL),
    A20_1("行政法规、规章和规范性文件", "第二十条（一）", Scope.ALL),
    A20_2("机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名", "第二十条（二）", Scope.ALL),
    A20_3("国民经济和社会发展规划、专项规划、区域规划及相关政策", "第二十条（三）", Scope.ALL),
    A20_4("国民经济和社会发展统计信息", "第二十条（四）", Scope.ALL),
    A20_5("办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果", "第二十条（五）", Scope.ALL),
    A20_6("实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定", "第二十条（六）", Scope.ALL),
    A20_7("财政预算、决算信息", "第二十条（七）", Scope.ALL),
    A20_8("行政事业性收费项目及其依据、标准", "第二十条（八）", Scope.ALL),
    A20_9("政府集中采购项目的目录、标准及实施情况", "第二十条（九）", Scope.ALL),
    A20_10("重大建设项目的批准和实施情况", "第二十条（十）", Scope.ALL),
    A20_11("扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况", "第二十条（十一）", Scope.ALL),
    A20_12("突发公共事件的应急预案、预警信息及应对情况", "第二十条（十二）", Scope.ALL),
    A20_13("环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况", "第二十条（十三）", Scope.ALL),
    A20_14("公务员招考的职位、名额、报考条件等事项以及录用结果", "第二十条（十四）", Scope.ALL),
    A20_15("法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息", "第二十条（十五）", Scope.ALL),
    A21_MUNICIPAL("市政建设", "第二十一条", Scope.COUNTY),
    A21_PUBLIC_SERVICE("公共服务", "第二十一条", Scope.COUNTY),
    A21_PUBLIC_WELFARE("公益事业", "第二十一条", Scope.COUNTY),
    A21_AGRICULTURAL_POLICY("贯彻落实农业农村政策", "第二十一条", Scope.TOWNSHIP),
    A21_IRRIGATION("农田水利工程建设运营", "第二十一条", Scope.TOWNSHIP),
    A21_LAND_CONTRACT("农村土地承包经营权流转", "第二十一条", Scope.TOWNSHIP),
    A21_HOMESTEAD("宅基地使用情况审核", "第二十一条", Scope.TOWNSHIP),
    A21_LAND_EXPROPRIATION("土地征收", "第二十一条", Scope.COUNTY_AND_TOWNSHIP),
    A21_HOUSING_EXPROPRIATION("房屋征收", "第二十一条", Scope.COUNTY_AND_TOWNSHIP),
    A21_PUBLIC_SECURITY("治安管理", "第二十一条", Scope.COUNTY),
    A21_FUNDRAISING("筹资筹劳", "第二十一条", Scope.TOWNSHIP),
    A21_SOCIAL_ASSISTANCE("社会救助", "第二十一条", Scope.COUNTY_AND_TOWNSHIP);

    /** Which units' 法定主动公开内容 carry the category. */
    public enum Scope {
        ALL,
        COUNTY,
        TOWNSHIP,
        COUNTY_AND_TOWNSHIP
    }

    private final String label;
    private final String article;
    private final Scope scope;

    DisclosureColumn(String label, String article, Scope scope) {
        this.label = label;
        this.article = article;
        this.scope = scope;
    }

    public String label() {
        return label;
    }

    /** The clause of 国务院令第711号 that requires the category, or null for the 制度 column. */
    public String article() {
        return article;
    }

    public boolean isStatutory() {
        return article != null;
    }

    public boolean appliesTo(boolean township) {
        return switch (scope) {
            case ALL, COUNTY_AND_TOWNSHIP -> true;
            case COUNTY -> !township;
            case TOWNSHIP -> township;
        };
    }

    /** The 法定主动公开内容 categories of a county-level unit or of a township, in the order of the articles. */
    public static List<DisclosureColumn> statutory(boolean township) {
        return Arrays.stream(values())
                .filter(c -> c.isStatutory() && c.appliesTo(township))
                .toList();
    }
}
