package nl.supplementguidelines.importing;

/** One line of the sheet: its number (from 1) and its text without the line end and trailing blanks. */
record Line(int number, String text) {

    boolean isBlank() {
        return text.isBlank();
    }

    String stripped() {
        return text.strip();
    }
}
