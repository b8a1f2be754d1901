package org.gongkai.request;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The periods of the request clock, in working days, with the statutory defaults (RULES §1.5–1.6, §8). The
 * supervising office may set them where the statute leaves room ({@code gongkai.request.*}); a law that sets
 * another period prevails.
 *
 * @param replyDays the reply period from receipt (第三十三条第二款: 20)
 * @param correctionNoticeDays the period within which the one correction notice goes out (第三十条: 7)
 * @param correctionPeriodDays the default period the applicant is given to correct (第三十条: "合理的补正期限")
 * @param consultationDays the period a third party or co-producer has to answer (第三十二、三十四条: 15)
 * @param maxExtensionDays the longest extension (第三十三条第二款: 20)
 * @param feePaymentDays the period to pay a fee notice (国办函〔2020〕109号, default 20)
 */
@ConfigurationProperties("gongkai.request")
public record ClockRules(
        int replyDays,
        int correctionNoticeDays,
        int correctionPeriodDays,
        int consultationDays,
        int maxExtensionDays,
        int feePaymentDays) {

    public static final ClockRules STATUTORY = new ClockRules(20, 7, 15, 15, 20, 20);

    public ClockRules {
        replyDays = replyDays <= 0 ? 20 : replyDays;
        correctionNoticeDays = correctionNoticeDays <= 0 ? 7 : correctionNoticeDays;
        correctionPeriodDays = correctionPeriodDays <= 0 ? 15 : correctionPeriodDays;
        consultationDays = consultationDays <= 0 ? 15 : consultationDays;
        maxExtensionDays = maxExtensionDays <= 0 || maxExtensionDays > 20 ? 20 : maxExtensionDays;
        feePaymentDays = feePaymentDays <= 0 ? 20 : feePaymentDays;
    }
}
