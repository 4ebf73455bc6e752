# Runs one fuzzer for SECONDS on a fresh working corpus, seeded from SEED_DIR and from the
# reproducers in REGRESSION_DIR (all replayed before fuzzing starts). A crash, leak, sanitizer
# report or broken invariant fails the test; libFuzzer saves the input in WORK_DIR/artifacts.
# Usage: cmake -DFUZZER= -DSECONDS= -DWORK_DIR= -DSEED_DIR= -DREGRESSION_DIR= -DDICT= [-DFLAGS=]
#        -P runfuzzer.cmake    (DICT may not exist; FLAGS: more libFuzzer flags, space separated)
foreach(var FUZZER SECONDS WORK_DIR SEED_DIR REGRESSION_DIR DICT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "runfuzzer.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/corpus ${WORK_DIR}/artifacts)
# The first folder receives the new inputs; the source tree's folders stay untouched.
set(corpora ${WORK_DIR}/corpus ${SEED_DIR})
if(EXISTS ${REGRESSION_DIR})
    list(APPEND corpora ${REGRESSION_DIR})
endif()

separate_arguments(extra_flags UNIX_COMMAND "${FLAGS}")
set(dict_option "")
if(EXISTS ${DICT})
    set(dict_option -dict=${DICT})
endif()

execute_process(
    COMMAND ${FUZZER}
        -max_total_time=${SECONDS}
        -timeout=10
        -rss_limit_mb=2048
        -max_len=8192
        ${dict_option}
        ${extra_flags}
        -artifact_prefix=${WORK_DIR}/artifacts/
        -print_final_stats=1
        ${corpora}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB artifacts ${WORK_DIR}/artifacts/*)
    message(FATAL_ERROR "${FUZZER} failed (${result}). Reproduce with: ${FUZZER} ${artifacts}")
endif()
