// The compiled translations are a resource of this library; see CMakeLists.txt.
