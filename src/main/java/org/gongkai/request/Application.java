package org.gongkai.request;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.Texts;

/**
 * What an application says, as the applicant (or the handler registering it) wrote it: the content 第二十九条 requires
 * — who applies with their identity document and contact details, the information sought, the form and the way to
 * receive it. {@link #checked()} returns it cleaned, or throws every missing or wrong field at once with what to fix.
 */
public record Application(
        long organizationId,
        ApplicantKind applicantKind,
        String name,
        String contactPerson,
        IdDocumentType idType,
        String idNumber,
        String phone,
        String email,
        String address,
        String postalCode,
        List<Item> items,
        ProvisionForm provisionForm,
        ObtainWay obtainWay) {

    /** At most this many items in one application; more are asked for in further applications (一事一申请). */
    public static final int MAX_ITEMS = 10;

    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{7,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{1,30}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{6}");

    /** One piece of information sought: its name, its 文号, or a description that lets the agency find it. */
    public record Item(String title, String documentNumber, String description) {
        boolean isBlank() {
            return Texts.isBlank(title) && Texts.isBlank(documentNumber) && Texts.isBlank(description);
        }
    }

    public Application checked() {
        InvalidFields.Collector errors = new InvalidFields.Collector();
        if (applicantKind == null) {
            errors.add("applicantKind", "请选择申请人类型：自然人，或法人或其他组织（第二十九条第一项）。");
        }
        String cleanName = errors.text("name", name, 200);
        if (cleanName == null) {
            errors.add(
                    "name",
                    applicantKind != null && applicantKind.isOrganization()
                            ? "请填写法人或其他组织的名称（第二十九条第一项）。"
                            : "请填写申请人姓名（第二十九条第一项）。");
        }
        String cleanContact = errors.text("contactPerson", contactPerson, 100);
        if (applicantKind != null && applicantKind.isOrganization() && cleanContact == null) {
            errors.add("contactPerson", "法人或其他组织申请的，请填写联系人姓名，便于我们与您联系。");
        }
        String cleanId = null;
        if (idType == null) {
            errors.add("idType", "请选择身份证明类型（第二十九条第一项）。");
        } else if (applicantKind != null && idType.forOrganization() != applicantKind.isOrganization()) {
            errors.add(
                    "idType",
                    applicantKind.isOrganization() ? "法人或其他组织请提供统一社会信用代码或其他组织证明文件。" : "自然人请提供居民身份证、护照等个人身份证明。");
        } else {
            cleanId = errors.check("idNumber", () -> idType.check("idNumber", idNumber));
        }
        String cleanPhone = errors.text("phone", phone, 20);
        if (cleanPhone == null) {
            errors.add("phone", "请填写联系电话，答复和补正通知需要联系到您（第二十九条第一项）。");
        } else if (!PHONE.matcher(cleanPhone).matches()
                || cleanPhone.replaceAll("[^0-9]", "").length() < 7) {
            errors.add("phone", "联系电话只能包含数字、空格和 + - ( )，至少 7 位数字，请核对。");
        }
        String cleanEmail = errors.text("email", email, 254);
        if (cleanEmail != null && !EMAIL.matcher(cleanEmail).matches()) {
            errors.add("email", "电子邮箱格式不正确（例如 name@example.com），请核对。");
        }
        String cleanAddress = errors.text("address", address, 300);
        String cleanPostal = errors.text("postalCode", postalCode, 6);
        if (cleanPostal != null && !POSTAL_CODE.matcher(cleanPostal).matches()) {
            errors.add("postalCode", "邮政编码应为 6 位数字。");
        }
        if (provisionForm == null) {
            errors.add("provisionForm", "请选择所需信息的形式：纸质、电子邮件、电子数据或当场查阅抄录（第二十九条第三项）。");
        }
        if (obtainWay == null) {
            errors.add("obtainWay", "请选择获取信息的方式：邮寄、电子邮件、当面领取或在线查看（第二十九条第三项）。");
        } else if (obtainWay == ObtainWay.POST && cleanAddress == null) {
            errors.add("address", "选择邮寄的，请填写通信地址。");
        } else if (obtainWay == ObtainWay.EMAIL && cleanEmail == null) {
            errors.add("email", "选择电子邮件获取的，请填写电子邮箱。");
        }
        if (provisionForm == ProvisionForm.EMAIL && cleanEmail == null) {
            errors.add("email", "所需信息形式为电子邮件的，请填写电子邮箱。");
        }
        List<Item> cleanItems = new ArrayList<>();
        if (items != null) {
            for (Item item : items) {
                if (item != null && !item.isBlank()) {
                    cleanItems.add(new Item(
                            errors.text("items", item.title(), 300),
                            errors.text("items", item.documentNumber(), 100),
                            errors.text("items", item.description(), 2000)));
                }
            }
        }
        if (cleanItems.isEmpty()) {
            errors.add("items", "请至少填写一项所需信息：信息名称、文号，或者便于我们查找的特征描述（如发布单位、时间、内容要点）（第二十九条第二项）。");
        } else if (cleanItems.size() > MAX_ITEMS) {
            errors.add("items", "一份申请最多填写 " + MAX_ITEMS + " 项所需信息；更多信息请另行申请（一事一申请）。");
        }
        errors.throwIfAny();
        return new Application(
                organizationId,
                applicantKind,
                cleanName,
                cleanContact,
                idType,
                cleanId,
                cleanPhone,
                cleanEmail,
                cleanAddress,
                cleanPostal,
                List.copyOf(cleanItems),
                provisionForm,
                obtainWay);
    }

    /** The last four digits of the phone number: what the tracking page asks for besides the code. */
    String phoneLast4() {
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.substring(digits.length() - 4);
    }
}
