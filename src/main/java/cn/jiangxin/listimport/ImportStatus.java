package cn.jiangxin.listimport;

/**
 * Where a list is: uploaded (columns not yet confirmed), mapped, running in the background, done, failed part-way (the
 * file could not be read on), or refused at upload.
 */
enum ImportStatus {
    UPLOADED, MAPPED, RUNNING, DONE, FAILED, REFUSED
}
