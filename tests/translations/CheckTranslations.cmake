# SPDX-License-Identifier: GPL-3.0-or-later
# Run by tst_translations: cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -P CheckTranslations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h")
list(JOIN sources "\n" source_list)
file(WRITE "${WORK_DIR}/sources.lst" "${source_list}\n")

set(failures 0)
foreach(language fr en)
    set(catalogue "${WORK_DIR}/sillage_${language}.ts")
    file(COPY_FILE "${SOURCE_DIR}/translations/sillage_${language}.ts" "${catalogue}")
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none "@${WORK_DIR}/sources.lst" -ts "${catalogue}"
        RESULT_VARIABLE lupdate_result
        ERROR_VARIABLE lupdate_errors)
    if(NOT lupdate_result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${language}: ${lupdate_errors}")
    endif()
    file(READ "${catalogue}" content)
    # Each message, one at a time: a source whose translation is unfinished or empty is a failure.
    string(REGEX MATCHALL "<message[^>]*>[^<]*<source>[^<]*</source>[^<]*<translation[^>]*type=\"unfinished\"[^>]*>"
        unfinished "${content}")
    string(REGEX MATCHALL "<translation></translation>" empty "${content}")
    list(LENGTH unfinished unfinished_count)
    list(LENGTH empty empty_count)
    if(unfinished_count GREATER 0 OR empty_count GREATER 0)
        math(EXPR failures "${failures} + ${unfinished_count} + ${empty_count}")
        message(SEND_ERROR "${unfinished_count} unfinished and ${empty_count} empty ${language} translation(s):")
        foreach(message IN LISTS unfinished)
            string(REGEX REPLACE ".*<source>([^<]*)</source>.*" "\\1" text "${message}")
            message("  [${language}] ${text}")
        endforeach()
    endif()
endforeach()
if(failures GREATER 0)
    message(FATAL_ERROR "Translate the strings above: cmake --build build --target update_translations, then Qt Linguist.")
endif()
message(STATUS "Every interface string has a French and an English translation.")
