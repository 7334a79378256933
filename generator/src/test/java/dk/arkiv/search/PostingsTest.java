package dk.arkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PostingsTest {

    @Test
    void sparseDocumentsAreWrittenAsGapsAndReadBack() {
        int[] documents = {0, 3, 40, 1_000, 70_000};
        String encoded = Postings.encode(documents, documents.length);
        assertThat(encoded).doesNotStartWith("*");
        assertThat(Postings.decode(encoded)).containsExactly(documents);
    }

    @Test
    void aWordInMostDocumentsIsABitmapOfSixDocumentsPerCharacter() {
        int[] documents = IntStream.range(0, 6_000).filter(d -> d % 7 != 0).toArray();
        String encoded = Postings.encode(documents, documents.length);
        assertThat(encoded).startsWith("*").hasSize(1 + 1_000);
        assertThat(Postings.decode(encoded)).containsExactly(documents);
    }

    @Test
    void noDocumentsIsTheEmptyString() {
        assertThat(Postings.encode(new int[0], 0)).isEmpty();
    }
}
