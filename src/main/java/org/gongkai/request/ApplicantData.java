package org.gongkai.request;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.gongkai.shared.crypto.KeyRing;
import org.gongkai.shared.crypto.SecretBox;
import org.springframework.stereotype.Component;

/**
 * Seals and opens applicants' personal data (identity number, phone, e-mail, address, postal code) with SM4-GCM under
 * a key of its own derived from the platform's master key (ARCHITECTURE "Storage"), and gives the keyed SM3 hash by
 * which the same applicant is found again without the number being readable.
 */
@Component
class ApplicantData {

    private final SecretBox box;
    private final byte[] lookupKey;

    ApplicantData(KeyRing keys) {
        this.box = SecretBox.forPurpose(keys, "applicant-personal-data");
        this.lookupKey = keys.derive("applicant-lookup", 32);
    }

    RequestRepository.SealedContact seal(Application a) {
        return new RequestRepository.SealedContact(
                box.seal(a.idNumber()),
                box.seal(a.phone()),
                box.seal(a.email()),
                box.seal(a.address()),
                a.postalCode());
    }

    /** The applicant's contact details in clear, for the handler and the letters. */
    ApplicantContact open(RequestRepository.SealedContact sealed) {
        return new ApplicantContact(
                box.open(sealed.idNumber()),
                box.open(sealed.phone()),
                box.open(sealed.email()),
                box.open(sealed.address()),
                sealed.postalCode());
    }

    /** An applicant's material (an ID copy …), sealed under the same key as the contact details. */
    byte[] sealFile(byte[] content) {
        return box.sealBytes(content);
    }

    byte[] openFile(byte[] sealed) {
        return box.openBytes(sealed);
    }

    /** The same document type and number give the same value; nothing else can be read from it. */
    String lookup(IdDocumentType type, String number) {
        return HexFormat.of()
                .formatHex(KeyRing.hmac(lookupKey, (type.name() + ":" + number).getBytes(StandardCharsets.UTF_8)));
    }
}
