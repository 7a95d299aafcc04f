package lms.course.layout;

import lms.course.course.Image;

/** The home page hero: image, title and subtitle. */
record Banner(Image image, String title, String subTitle) {
}
