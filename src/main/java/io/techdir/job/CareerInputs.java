package io.techdir.job;

import io.techdir.check.CareerCsv;
import io.techdir.check.CareerFile;
import io.techdir.check.CareerFormatException;
import io.techdir.gather.RecordNames;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The career-path files of a run, read and parsed ({@link CareerCsv}): a file that cannot be read
 * at all (missing, not UTF-8, no usable header) is a problem of the run, like an unreadable
 * posting source; its bad rows are rejects.
 *
 * @param files files parsed
 * @param described the same files for the manifest (size, SHA-256)
 * @param problems files that could not be read
 */
record CareerInputs(List<CareerFile> files, List<InputFile> described, List<SourceProblem> problems) {

    /** Source label of career files in the manifest and in problems. */
    static final String SOURCE = "careers";

    CareerInputs {
        files = List.copyOf(files);
        described = List.copyOf(described);
        problems = List.copyOf(problems);
    }

    /** Reads and parses each file. */
    static CareerInputs read(List<Path> paths) {
        List<CareerFile> files = new ArrayList<>();
        List<InputFile> described = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>();
        for (Path p : paths) {
            String name = p.toString();
            try {
                byte[] bytes = Files.readAllBytes(p);
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                // records name the file as the postings' do, whatever the working folder
                String recordName = RecordNames.of(name, ProjectFolder.path());
                files.add(CareerCsv.parse(text, recordName));
                described.add(InputFile.digest(SOURCE, recordName, new java.io.ByteArrayInputStream(bytes)));
            } catch (NoSuchFileException e) {
                problems.add(new SourceProblem(SOURCE + ":" + name, name + ": no such career-path file"));
            } catch (CharacterCodingException e) {
                problems.add(new SourceProblem(SOURCE + ":" + name, name + ": cannot decode UTF-8 text ("
                        + e.getMessage() + "); expected a UTF-8 career-path CSV"));
            } catch (IOException e) {
                problems.add(new SourceProblem(SOURCE + ":" + name, name + ": cannot read: " + e.getMessage()));
            } catch (CareerFormatException e) {
                problems.add(new SourceProblem(SOURCE + ":" + name, e.getMessage()));
            }
        }
        return new CareerInputs(files, described, problems);
    }
}
