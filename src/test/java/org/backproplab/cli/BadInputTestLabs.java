package org.backproplab.cli;

/** Lab texts shared by the bad-input tests. */
final class BadInputTestLabs {
    private BadInputTestLabs() {
    }

    /**
     * @param csvName the CSV file the lab names (columns a, b, label; classes x and y)
     * @return a perceptron lab on that file
     */
    static String csvLab(String csvName) {
        return "{\"format\": \"backprop-lab/1\",\n\"network\": {\"layers\": [2, 1], \"activations\": [\"step\"],"
                + " \"loss\": \"perceptron\"},\n\"data\": {\"csv\": \"" + csvName + "\", \"features\": [\"a\", \"b\"],"
                + " \"target\": \"label\", \"classes\": [\"x\", \"y\"]}\n}\n";
    }
}
