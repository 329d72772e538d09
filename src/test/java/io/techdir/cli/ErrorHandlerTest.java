package io.techdir.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.techdir.check.BadConfigurationException;
import io.techdir.gather.BadSourceException;
import io.techdir.gather.SourceSpec;
import io.techdir.warehouse.WarehouseException;
import org.junit.jupiter.api.Test;

/** Exit codes by exception type: bad input is recognised by type, anything else is a bug. */
class ErrorHandlerTest {

    @Test
    void configurationSourceAndWarehouseErrorsAreBadInput() {
        assertEquals(ExitCode.BAD_INPUT.code(), ErrorHandler.exitCodeOf(new BadConfigurationException("job.properties: x")));
        assertEquals(ExitCode.BAD_INPUT.code(), ErrorHandler.exitCodeOf(new BadSourceException("bad --source 'x'")));
        assertEquals(ExitCode.BAD_INPUT.code(), ErrorHandler.exitCodeOf(new WarehouseException("no such run")));
    }

    @Test
    void aBadSourceSpecThrowsTheBadInputType() {
        BadSourceException e = org.junit.jupiter.api.Assertions.assertThrows(BadSourceException.class,
                () -> SourceSpec.parse("ftp:somewhere"));
        assertEquals(ExitCode.BAD_INPUT.code(), ErrorHandler.exitCodeOf(e));
    }

    @Test
    void otherIllegalArgumentsAreInternalErrors() {
        // e.g. a table row of the wrong width: our bug, not the user's input
        assertEquals(ExitCode.INTERNAL.code(), ErrorHandler.exitCodeOf(new IllegalArgumentException("row 3 has 4 values")));
        assertEquals(ExitCode.INTERNAL.code(), ErrorHandler.exitCodeOf(new IllegalStateException("x")));
    }
}
