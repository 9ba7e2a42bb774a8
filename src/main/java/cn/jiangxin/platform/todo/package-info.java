/**
 * The work page (工作台): each module says what waits on the signed-in user as counted {@link cn.jiangxin.platform.todo.Todo}s
 * from a {@link cn.jiangxin.platform.todo.TodoSource}, each linking to the list filtered to exactly those items;
 * {@link cn.jiangxin.platform.todo.WorkPage} gathers them into sections for the home page.
 */
package cn.jiangxin.platform.todo;
