# cmake -DLUPDATE=… -DLCONVERT=… -DSOURCE_DIR=… -DWORK_DIR=… -DTS_FILES=a.ts;b.ts
#       -DPLURAL_ONLY_TS_FILES=en.ts -P this
cmake_minimum_required(VERSION 3.21)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed FALSE)
foreach(ts IN LISTS TS_FILES PLURAL_ONLY_TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(mode)
    if(ts IN_LIST PLURAL_ONLY_TS_FILES)
        set(mode -pluralonly)
    endif()
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    execute_process(
        COMMAND "${LUPDATE}" -silent ${mode} -no-obsolete -locations none -extensions cpp,h
                "${SOURCE_DIR}/lib" "${SOURCE_DIR}/app" -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_QUIET)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}")
    endif()
    execute_process(
        COMMAND "${LCONVERT}" -i "${copy}" -o - -of ts -no-finished -no-obsolete
        OUTPUT_VARIABLE unfinished RESULT_VARIABLE rc)
    # Count tags, not texts: a source text may hold ";" which CMake lists split on.
    string(REGEX MATCHALL "<source>" unfinished_tags "${unfinished}")
    list(LENGTH unfinished_tags count)
    string(REGEX MATCHALL "<source>[^<;]*</source>" sources "${unfinished}")
    execute_process(COMMAND "${LCONVERT}" -i "${copy}" -o - -of ts -no-obsolete
        OUTPUT_VARIABLE all)
    string(REGEX MATCHALL "<source>" total "${all}")
    list(LENGTH total total_count)
    if(count GREATER 0)
        list(SUBLIST sources 0 10 shown)
        list(JOIN shown "\n  " shown)
        message(SEND_ERROR "${name}: ${count} of ${total_count} strings unfinished, e.g.:\n  ${shown}")
        set(failed TRUE)
    else()
        message(STATUS "${name}: all ${total_count} strings finished")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "Unfinished translations: run `cmake --build build --target update_translations` and translate.")
endif()
