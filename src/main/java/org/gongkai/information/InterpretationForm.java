package org.gongkai.information;

/**
 * The forms of a 政策解读 (glossary): 文字, 图解, 问答, 音视频, 新闻发布会, 媒体解读. A 图解 carries a text alternative for
 * screen readers and an 音视频 its transcript (issue 15 §3); the others may add a note.
 */
public enum InterpretationForm {
    TEXT("文字解读", null),
    GRAPHIC("图解", "图解文字说明"),
    QA("问答", null),
    AUDIO_VIDEO("音视频解读", "音视频文字实录"),
    PRESS_CONFERENCE("新闻发布会", null),
    MEDIA("媒体解读", null);

    private final String label;
    private final String requiredText;

    InterpretationForm(String label, String requiredText) {
        this.label = label;
        this.requiredText = requiredText;
    }

    public String label() {
        return label;
    }

    /** What the text beside this form is called when the form requires one (图解, 音视频), else null. */
    public String requiredText() {
        return requiredText;
    }

    /** What the text beside this form is called on pages: its required name, or 补充说明. */
    public String textLabel() {
        return requiredText != null ? requiredText : "补充说明";
    }
}
