package org.gongkai.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar gongkai.jar --verify-audit [--checkpoint=FILE]}: verifies the whole chain on the server (and,
 * given a checkpoint the audit administrator exported, that the chain still holds it), prints the result, and
 * exits with 0 when intact, 1 when broken (for scheduled checks).
 */
@Component
class VerifyAuditCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String OPTION = "verify-audit";

    private final AuditTrail audit;
    private int exitCode;

    VerifyAuditCommand(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        ChainVerification result;
        if (args.containsOption("checkpoint")) {
            try {
                result = audit.verifyFromCommandLine(java.nio.file.Files.readString(
                        java.nio.file.Path.of(args.getOptionValues("checkpoint").get(0))));
            } catch (java.io.IOException e) {
                System.out.println("无法读取检查点文件：" + e.getMessage());
                exitCode = 1;
                return;
            }
        } else {
            result = audit.verifyFromCommandLine();
        }
        if (result.intact()) {
            System.out.println("审计日志校验通过：共 " + result.entriesChecked() + " 条记录，哈希链完整。");
            exitCode = 0;
        } else {
            System.out.println("审计日志校验未通过：" + result.problem() + "（首个断点：第 " + result.firstBrokenSequence() + " 条）");
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
