package cn.jiangxin.person;

public enum Sex {
    MALE,
    FEMALE
}
