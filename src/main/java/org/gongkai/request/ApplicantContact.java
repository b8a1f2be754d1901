package org.gongkai.request;

/** An applicant's contact details in clear: shown to the handling unit only, each opening audited. */
public record ApplicantContact(String idNumber, String phone, String email, String address, String postalCode) {

    /** The identity number as lists may show it: the first and last characters only. */
    public String maskedIdNumber() {
        if (idNumber == null || idNumber.length() < 8) {
            return "****";
        }
        return idNumber.substring(0, 3) + "*".repeat(idNumber.length() - 7) + idNumber.substring(idNumber.length() - 4);
    }
}
