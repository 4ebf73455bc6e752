# cmake -DLUPDATE=… -DLCONVERT=… -DSOURCE_DIR=… -DWORK_DIR=… -DTS_FILES=a.ts;b.ts
#       -DPLURAL_ONLY_TS_FILES=en.ts -P this
# Fails when a shipped language has an unfinished (or empty) string, including strings added to
# the code since the .ts files were last updated: lupdate runs on copies first, once for all
# full files and once for the plural-only ones, so the sources are parsed twice, not per file.
# Also fails when a translations/ehealthbugs_*.ts file is not shipped.
cmake_minimum_required(VERSION 3.21)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed FALSE)

file(GLOB present "${SOURCE_DIR}/translations/ehealthbugs_*.ts")
foreach(ts IN LISTS present)
    if(NOT ts IN_LIST TS_FILES AND NOT ts IN_LIST PLURAL_ONLY_TS_FILES)
        get_filename_component(name "${ts}" NAME)
        message(SEND_ERROR "${name} is not shipped: add it to EHB_TS_FILES in translations/CMakeLists.txt")
        set(failed TRUE)
    endif()
endforeach()

function(update_copies mode files out_copies)
    set(copies)
    foreach(ts IN LISTS files)
        get_filename_component(name "${ts}" NAME)
        file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
        list(APPEND copies "${WORK_DIR}/${name}")
    endforeach()
    if(copies)
        execute_process(
            COMMAND "${LUPDATE}" -silent ${mode} -no-obsolete -locations none -extensions cpp,h
                    "${SOURCE_DIR}/lib" "${SOURCE_DIR}/app" -ts ${copies}
            RESULT_VARIABLE rc OUTPUT_QUIET)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "lupdate failed on ${files}")
        endif()
    endif()
    set(${out_copies} "${copies}" PARENT_SCOPE)
endfunction()

update_copies("" "${TS_FILES}" full_copies)
update_copies(-pluralonly "${PLURAL_ONLY_TS_FILES}" plural_copies)

foreach(copy IN LISTS full_copies plural_copies)
    get_filename_component(name "${copy}" NAME)
    file(READ "${copy}" content)
    # Count tags, not texts: a source text may hold ";" which CMake lists split on.
    string(REGEX MATCHALL "<message[ >]" messages "${content}")
    list(LENGTH messages total_count)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
    # Empty texts in strings marked finished (a hand edit) count as unfinished too.
    string(REGEX REPLACE "<translation type=\"unfinished\">[^<]*(<numerusform>[^<]*</numerusform>[^<]*)*</translation>"
           "" finished "${content}")
    string(REGEX MATCHALL "<translation></translation>|<numerusform></numerusform>" empty
           "${finished}")
    list(LENGTH unfinished unfinished_count)
    list(LENGTH empty empty_count)
    math(EXPR count "${unfinished_count} + ${empty_count}")
    if(count GREATER 0)
        # Only on failure: name a few of the strings.
        execute_process(
            COMMAND "${LCONVERT}" -i "${copy}" -o - -of ts -no-finished -no-obsolete
            OUTPUT_VARIABLE listing)
        string(REGEX MATCHALL "<source>[^<;]*</source>" sources "${listing}")
        list(SUBLIST sources 0 10 shown)
        list(JOIN shown "\n  " shown)
        message(SEND_ERROR "${name}: ${count} of ${total_count} strings unfinished or empty, e.g.:\n  ${shown}")
        set(failed TRUE)
    else()
        message(STATUS "${name}: all ${total_count} strings finished")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "Unfinished translations: run `cmake --build build --target update_translations` and translate.")
endif()
