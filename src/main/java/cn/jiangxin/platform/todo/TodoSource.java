package cn.jiangxin.platform.todo;

import java.util.List;

/**
 * What one module has waiting on whoever is signed in, asked on every visit to the work page. A module implements it
 * as a bean beside its lists (the counts come from the same Store queries as the filtered lists they link to) and
 * returns nothing for a user who has no role that does this work.
 */
public interface TodoSource {

    List<Todo> waitingForCurrentUser();
}
