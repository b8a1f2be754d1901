-- Table 四 (reconsiderations and lawsuits filed in the year) and the fees paid in the year, per unit (issue 12): both are
-- read by their date and then checked against the unit of their case, so that a unit with a million cases and a
-- handful of remedies reads the handful, not the million (1.8 s → 2 ms on H2, bench/README.md).
create index request_remedy_filed on request_remedy (filed_on);
create index request_fee_paid on request_fee (paid_on);
