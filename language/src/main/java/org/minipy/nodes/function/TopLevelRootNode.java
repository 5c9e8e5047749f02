package org.minipy.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

import org.minipy.MiniPyContext;
import org.minipy.MiniPyLanguage;
import org.minipy.nodes.object.PyObjectStrNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.SystemExitException;

/**
 * What {@code Context.eval} runs: the module code in {@code __main__}'s globals. An uncaught
 * SystemExit ends the program with its exit status, as CPython's {@code handle_system_exit} does.
 * Internal, so tracebacks do not show it.
 */
public final class TopLevelRootNode extends RootNode {
    @Child private DirectCallNode module;
    /** The file of a source that has one (a script), which becomes {@code __main__.__file__}; else null. */
    private final String file;
    /** For {@code -m}: the module that runs as {@code __main__} instead of the module code; else null. */
    private final String mainModuleName;

    public TopLevelRootNode(MiniPyLanguage language, RootCallTarget moduleTarget, String file) {
        super(language);
        this.module = DirectCallNode.create(moduleTarget);
        this.file = file;
        this.mainModuleName = null;
    }

    /** Runs the module of this name as {@code __main__}, as {@code python -m} does. */
    public TopLevelRootNode(MiniPyLanguage language, String mainModuleName) {
        super(language);
        this.file = null;
        this.mainModuleName = mainModuleName;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        MiniPyContext context = MiniPyContext.get(this);
        Object[] args = new Object[PArguments.FIRST_VALUE];
        args[PArguments.CALLEE] = context.getMainModule();
        if (file != null) {
            setFile(context.getMainModule());
        }
        // the module's own frame counts towards the recursion limit, as in CPython
        context.enterFrame();
        try {
            if (mainModuleName != null) {
                runModule(context);
                return PNone.NONE;
            }
            return module.call(args);
        } catch (PException e) {
            if (e.isOfType(PythonBuiltinClassType.SystemExit)) {
                throw systemExit(context, e.getPythonException());
            }
            // the traceback the launcher prints: every frame the exception left
            e.recordTraceback();
            throw e;
        } finally {
            context.exitFrame();
            context.flushOutput();
        }
    }

    @TruffleBoundary
    private void runModule(MiniPyContext context) {
        context.getImportSystem().runModuleAsMain(mainModuleName, this);
    }

    @TruffleBoundary
    private void setFile(PModule main) {
        main.put("__file__", file);
        main.put("__cached__", PNone.NONE);
    }

    // handle_system_exit
    @TruffleBoundary
    private SystemExitException systemExit(MiniPyContext context, PBaseException exit) {
        PTuple args = exit.getArgs();
        Object code = args.size() == 0 ? PNone.NONE : (args.size() == 1 ? args.get(0) : args);
        int status;
        if (code == PNone.NONE) {
            status = 0;
        } else if (code instanceof Long l) {
            status = (int) (long) l;
        } else if (code instanceof Boolean b) {
            status = b ? 1 : 0;
        } else {
            context.flushOutput();
            context.getErr().println(PyObjectStrNode.getUncached().execute(code));
            status = 1;
        }
        return new SystemExitException(status, this);
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String getName() {
        return "<top level>";
    }
}
