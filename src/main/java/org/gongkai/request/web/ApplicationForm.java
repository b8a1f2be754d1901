package org.gongkai.request.web;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.Application;
import org.gongkai.request.IdDocumentType;
import org.gongkai.request.ObtainWay;
import org.gongkai.request.ProvisionForm;

/** The application form as posted (portal and console): fields by name, three item rows shown, ten accepted. */
public class ApplicationForm {

    public static final int ROWS_SHOWN = 3;

    private Long organizationId;
    private ApplicantKind applicantKind = ApplicantKind.NATURAL_PERSON;
    private String name;
    private String contactPerson;
    private IdDocumentType idType = IdDocumentType.RESIDENT_ID;
    private String idNumber;
    private String phone;
    private String email;
    private String address;
    private String postalCode;
    private List<ItemRow> items = new ArrayList<>();
    private ProvisionForm provisionForm;
    private ObtainWay obtainWay;
    /** The honeypot: hidden from people, filled by robots that fill every field. */
    private String website;

    public static class ItemRow {
        private String title;
        private String documentNumber;
        private String description;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDocumentNumber() {
            return documentNumber;
        }

        public void setDocumentNumber(String documentNumber) {
            this.documentNumber = documentNumber;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    /** Fills the item rows up to the number shown, so the page always offers three. */
    public ApplicationForm withRows() {
        while (items.size() < ROWS_SHOWN) {
            items.add(new ItemRow());
        }
        return this;
    }

    public Application toApplication() {
        List<Application.Item> list = items.stream()
                .limit(Application.MAX_ITEMS + 1L)
                .map(r -> new Application.Item(r.title, r.documentNumber, r.description))
                .toList();
        return new Application(
                organizationId == null ? 0 : organizationId,
                applicantKind,
                name,
                contactPerson,
                idType,
                idNumber,
                phone,
                email,
                address,
                postalCode,
                list,
                provisionForm,
                obtainWay);
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public ApplicantKind getApplicantKind() {
        return applicantKind;
    }

    public void setApplicantKind(ApplicantKind applicantKind) {
        this.applicantKind = applicantKind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public IdDocumentType getIdType() {
        return idType;
    }

    public void setIdType(IdDocumentType idType) {
        this.idType = idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public void setItems(List<ItemRow> items) {
        this.items = items;
    }

    public ProvisionForm getProvisionForm() {
        return provisionForm;
    }

    public void setProvisionForm(ProvisionForm provisionForm) {
        this.provisionForm = provisionForm;
    }

    public ObtainWay getObtainWay() {
        return obtainWay;
    }

    public void setObtainWay(ObtainWay obtainWay) {
        this.obtainWay = obtainWay;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
